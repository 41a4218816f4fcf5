CREATE TABLE "county_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"reason" text,
	"summary" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"grades" jsonb NOT NULL,
	"weights" jsonb NOT NULL,
	"chain_seq" integer NOT NULL,
	"chain_hash" text NOT NULL,
	"xlsx" "bytea" NOT NULL,
	"xlsx_sha256" text NOT NULL,
	"docx" "bytea" NOT NULL,
	"docx_sha256" text NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "county_submissions_campaign_seq" UNIQUE("campaign_id","seq")
);
--> statement-breakpoint
CREATE INDEX "county_submissions_county_year" ON "county_submissions" USING btree ("county_id","year");