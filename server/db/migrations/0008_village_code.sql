ALTER TABLE "villages" ADD COLUMN "code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "villages_county_code" ON "villages" USING btree ("county_id","code") WHERE code is not null;