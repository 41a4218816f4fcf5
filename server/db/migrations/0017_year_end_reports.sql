CREATE TABLE "year_end_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"submitted_by_role" text NOT NULL,
	"returned_at" timestamp with time zone,
	"returned_by_name" text,
	"return_reason" text,
	CONSTRAINT "year_end_report_versions_number" UNIQUE("report_id","version")
);
--> statement-breakpoint
CREATE TABLE "year_end_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_end_reports_participant" UNIQUE("participant_id")
);
--> statement-breakpoint
CREATE INDEX "year_end_report_versions_campaign" ON "year_end_report_versions" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "year_end_reports_campaign_village" ON "year_end_reports" USING btree ("campaign_id","village_id");