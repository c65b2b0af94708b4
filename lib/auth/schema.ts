import { z } from "zod";
import { emailField, nameField } from "@/lib/validation/fields";

export const passwordField = z.string().min(10).max(200);

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1).max(200),
});

export const signUpSchema = z.object({
  name: nameField(80),
  email: emailField,
  password: passwordField,
});
