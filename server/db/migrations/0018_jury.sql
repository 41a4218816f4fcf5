CREATE TABLE "juror_ties" (
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"juror_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "juror_ties_juror_id_village_id_pk" PRIMARY KEY("juror_id","village_id")
);
--> statement-breakpoint
CREATE TABLE "jurors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"category" text NOT NULL,
	"user_id" uuid,
	"alias" integer,
	"sign_in_code_hash" text,
	"code_issued_at" timestamp with time zone,
	"code_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurors_meeting_person" UNIQUE("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "jury_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"score_id" uuid NOT NULL,
	"old_total" numeric(5, 2) NOT NULL,
	"old_parts" jsonb,
	"new_total" numeric(5, 2) NOT NULL,
	"new_parts" jsonb,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_by_name" text,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "jury_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"status" text DEFAULT 'setup' NOT NULL,
	"rules" jsonb,
	"current_reporter_id" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_meetings_campaign_id_unique" UNIQUE("campaign_id")
);
--> statement-breakpoint
CREATE TABLE "jury_paper_entries" (
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"juror_id" uuid NOT NULL,
	"entered_by" uuid NOT NULL,
	"total" numeric(5, 2) NOT NULL,
	"parts" jsonb,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_paper_entries_reporter_id_juror_id_entered_by_pk" PRIMARY KEY("reporter_id","juror_id","entered_by")
);
--> statement-breakpoint
CREATE TABLE "jury_reporters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "jury_reporters_meeting_participant" UNIQUE("meeting_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "jury_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"juror_id" uuid NOT NULL,
	"total" numeric(5, 2) NOT NULL,
	"parts" jsonb,
	"source" text NOT NULL,
	"entered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_scores_reporter_juror" UNIQUE("reporter_id","juror_id")
);
--> statement-breakpoint
CREATE INDEX "juror_ties_meeting" ON "juror_ties" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jurors_sign_in_code" ON "jurors" USING btree ("sign_in_code_hash") WHERE sign_in_code_hash is not null;--> statement-breakpoint
CREATE INDEX "jurors_user" ON "jurors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "jury_corrections_meeting" ON "jury_corrections" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jury_corrections_open" ON "jury_corrections" USING btree ("score_id") WHERE confirmed_at is null;--> statement-breakpoint
CREATE INDEX "jury_meetings_township" ON "jury_meetings" USING btree ("township_id");--> statement-breakpoint
CREATE INDEX "jury_paper_entries_meeting" ON "jury_paper_entries" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "jury_reporters_meeting" ON "jury_reporters" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "jury_scores_meeting" ON "jury_scores" USING btree ("meeting_id");