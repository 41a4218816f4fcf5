CREATE TABLE "county_report_drafts" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"summary" jsonb NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
