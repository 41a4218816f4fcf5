CREATE TABLE "check_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"findings" text NOT NULL,
	CONSTRAINT "check_findings_check_village" UNIQUE("check_id","village_id")
);
--> statement-breakpoint
CREATE TABLE "leader_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"leader_user_id" uuid NOT NULL,
	"leader_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"discussed" text NOT NULL,
	"follow_ups" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"rectification_id" uuid NOT NULL,
	"followed_on" date NOT NULL,
	"note" text NOT NULL,
	"closes" boolean DEFAULT false NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"demand" text NOT NULL,
	"due_date" date NOT NULL,
	"responsible" text NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"members" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"observed_on" date NOT NULL,
	"observation" text NOT NULL,
	"assessment" text NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervisor_elections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"election_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"votes" integer NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervisors_election_person" UNIQUE("election_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"campaign_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"place" text NOT NULL,
	"attendee_person_ids" jsonb NOT NULL,
	"others_count" integer DEFAULT 0 NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "leader_visits_campaign" ON "leader_visits" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "rectification_follow_ups_rectification" ON "rectification_follow_ups" USING btree ("rectification_id");--> statement-breakpoint
CREATE INDEX "rectifications_check" ON "rectifications" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "rectifications_campaign" ON "rectifications" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "supervision_checks_campaign" ON "supervision_checks" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "supervision_reports_campaign" ON "supervision_reports" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "supervision_reports_pledge" ON "supervision_reports" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "supervisor_elections_campaign" ON "supervisor_elections" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "supervisors_user" ON "supervisors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_sessions_campaign" ON "training_sessions" USING btree ("campaign_id");