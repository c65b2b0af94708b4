// The mail Launchpad sends besides invitations (pure): plain text, English then Chinese, because
// we do not know which language the recipient reads. Names and quotes are the users' own words and
// go out as plain text (never HTML).

export type Mail = { subject: string; body: string };

export function mentionEmail(input: { authorName: string; projectName: string; excerpt: string; link: string }): Mail {
  return {
    subject: `${input.authorName} mentioned you in ${input.projectName} / 在 Launchpad 中提到了你`,
    body: [
      `${input.authorName} mentioned you in a comment on "${input.projectName}":`,
      "",
      `  ${input.excerpt}`,
      "",
      `Read and reply: ${input.link}`,
      "",
      `${input.authorName} 在「${input.projectName}」的评论中提到了你。`,
      `查看并回复：${input.link}`,
    ].join("\n"),
  };
}

export function linkViewedEmail(input: { projectName: string; linkLabel: string; viewedAt: string; link: string }): Mail {
  const label = input.linkLabel || "—";
  return {
    subject: `Your share link for ${input.projectName} was opened / 你的分享链接已被打开`,
    body: [
      `Someone opened your share link "${label}" for "${input.projectName}" for the first time (${input.viewedAt}).`,
      `Views and the sections read are on the sharing page: ${input.link}`,
      "",
      `你为「${input.projectName}」创建的分享链接「${label}」首次被打开（${input.viewedAt}）。`,
      `浏览次数和阅读的部分见分享页面：${input.link}`,
    ].join("\n"),
  };
}

export function viewerCodeEmail(input: { projectName: string; code: string; minutes: number }): Mail {
  return {
    subject: `Your code to read ${input.projectName} / 查看计划的验证码`,
    body: [
      `Your code to open the investor summary of "${input.projectName}" is ${input.code}.`,
      `It works once, for ${input.minutes} minutes. If you did not ask for it, ignore this message.`,
      "",
      `打开「${input.projectName}」投资人摘要的验证码是 ${input.code}。`,
      `验证码只能使用一次，${input.minutes} 分钟内有效。如果不是你本人申请，请忽略此邮件。`,
    ].join("\n"),
  };
}

export function viewerFirstViewEmail(input: { projectName: string; linkLabel: string; viewerEmail: string; link: string }): Mail {
  const label = input.linkLabel || "—";
  return {
    subject: `${input.viewerEmail} opened your share link for ${input.projectName} / 新读者打开了你的分享链接`,
    body: [
      `${input.viewerEmail} verified their email and opened your share link "${label}" for "${input.projectName}" for the first time.`,
      `What they read is on the sharing page: ${input.link}`,
      "",
      `${input.viewerEmail} 验证了邮箱，首次打开了你为「${input.projectName}」创建的分享链接「${label}」。`,
      `对方阅读的内容见分享页面：${input.link}`,
    ].join("\n"),
  };
}

export function existingAccountEmail(input: { link: string }): Mail {
  return {
    subject: "You already have a Launchpad account / 你已有 Launchpad 账户",
    body: [
      "Someone tried to create a Launchpad account with this email address, which already has one.",
      `If it was you, sign in here: ${input.link}`,
      "If it was not you, you can ignore this message; nothing was changed.",
      "",
      "有人尝试用此邮箱注册 Launchpad 账户，但该邮箱已有账户。",
      `如果是你本人，请在此登录：${input.link}`,
      "如果不是你，可以忽略此邮件，账户没有任何变化。",
    ].join("\n"),
  };
}
