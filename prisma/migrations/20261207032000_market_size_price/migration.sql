-- The price per customer a year that a market-size estimate assumes, so the readiness check can
-- compare it with the business model's own revenue per customer.
ALTER TABLE "MarketSize" ADD COLUMN "annualPricePerCustomer" DOUBLE PRECISION;
