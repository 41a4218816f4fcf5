CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"period_days" integer NOT NULL,
	"objection_end_date" date NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE INDEX "publications_campaign_village" ON "publications" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "publications_township" ON "publications" USING btree ("township_id","start_date");