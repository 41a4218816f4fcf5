CREATE TABLE "commendation_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"recipients" text NOT NULL,
	"body" text NOT NULL,
	"signature" text NOT NULL,
	"notice_date" date NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"honourees" jsonb,
	"issued_at" timestamp with time zone,
	"issued_by" text,
	"publication_id" uuid,
	"head_seq" integer,
	"head_hash" text,
	CONSTRAINT "commendation_notices_campaign" UNIQUE("campaign_id")
);
--> statement-breakpoint
CREATE TABLE "pay_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"base_fen" bigint NOT NULL,
	"entered_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_bases_participant" UNIQUE("campaign_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "pay_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"lines" jsonb NOT NULL,
	"coefficients" jsonb NOT NULL,
	"base_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text,
	"signed_by" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"head_seq" integer NOT NULL,
	"head_hash" text NOT NULL,
	"superseded_at" timestamp with time zone,
	"superseded_by" text,
	"superseded_reason" text,
	CONSTRAINT "pay_sheets_version" UNIQUE("campaign_id","version")
);
--> statement-breakpoint
CREATE INDEX "pay_sheets_campaign" ON "pay_sheets" USING btree ("campaign_id");