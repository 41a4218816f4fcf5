CREATE TABLE "final_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"composite" double precision,
	"grade" text,
	"rank" integer,
	"forced_fail" boolean NOT NULL,
	"result" jsonb NOT NULL,
	CONSTRAINT "final_results_set_participant" UNIQUE("set_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "result_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"config" jsonb NOT NULL,
	"config_hash" text NOT NULL,
	"digest" text NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"frozen_by" text NOT NULL,
	"reason" text,
	"superseded_at" timestamp with time zone,
	"publication_id" uuid
);
--> statement-breakpoint
CREATE INDEX "final_results_campaign" ON "final_results" USING btree ("campaign_id","participant_id");--> statement-breakpoint
CREATE INDEX "result_sets_campaign" ON "result_sets" USING btree ("campaign_id","frozen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "result_sets_current" ON "result_sets" USING btree ("campaign_id") WHERE superseded_at is null;