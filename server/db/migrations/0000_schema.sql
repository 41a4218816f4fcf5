CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"county_id" uuid,
	"township_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"username" text PRIMARY KEY NOT NULL,
	"county_id" uuid,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"county_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_villages" (
	"county_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	CONSTRAINT "user_villages_user_id_village_id_pk" PRIMARY KEY("user_id","village_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid,
	"village_id" uuid,
	"person_id" uuid,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"phase" text DEFAULT 'setup' NOT NULL,
	"config" jsonb NOT NULL,
	"seal_hash" text,
	"sealed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_township_year" UNIQUE("township_id","year")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"is_secretary" boolean NOT NULL,
	"is_director" boolean NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"excluded_reason" text,
	"excluded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_campaign_person" UNIQUE("campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"birth_year" integer,
	"phone" text,
	"party_member" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_village_name" UNIQUE("village_id","name")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"post" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "townships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "townships_county_name" UNIQUE("county_id","name")
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"name" text NOT NULL,
	"adult_population" integer NOT NULL,
	"households" integer NOT NULL,
	"representatives" integer NOT NULL,
	"party_members" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "villages_township_name" UNIQUE("township_id","name")
);
--> statement-breakpoint
CREATE TABLE "ballot_codes" (
	"code_hmac" text PRIMARY KEY NOT NULL,
	"county_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	"live" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"tracker" text NOT NULL,
	"choices" jsonb NOT NULL,
	CONSTRAINT "ballots_poll_tracker" UNIQUE("poll_id","tracker")
);
--> statement-breakpoint
CREATE TABLE "cast_audit_queue" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"host" text NOT NULL,
	"chair" text,
	"counters" jsonb NOT NULL,
	"scrutineers" jsonb NOT NULL,
	"eligible" integer NOT NULL,
	"households" integer NOT NULL,
	"attendance" integer,
	"households_represented" integer,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paper_tallies" (
	"poll_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"county_id" uuid NOT NULL,
	"issued" integer NOT NULL,
	"returned" integer NOT NULL,
	"invalid" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_tallies_poll_id_slot_pk" PRIMARY KEY("poll_id","slot")
);
--> statement-breakpoint
CREATE TABLE "paper_tally_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"issued" integer NOT NULL,
	"returned" integer NOT NULL,
	"invalid" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"replaced_by" uuid NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poll_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"counts_as_valid" boolean NOT NULL,
	CONSTRAINT "poll_options_position" UNIQUE("question_id","position")
);
--> statement-breakpoint
CREATE TABLE "poll_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"subject_type" text,
	"subject_id" uuid,
	CONSTRAINT "poll_questions_position" UNIQUE("poll_id","position")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"denominator" text NOT NULL,
	"quorum_preset" text NOT NULL,
	"codes_issued" integer DEFAULT 0 NOT NULL,
	"frozen_eligible" integer,
	"frozen_attendance" integer,
	"frozen_households_represented" integer,
	"corrects_poll_id" uuid,
	"correction_reason" text,
	"clerk_certified_by" uuid,
	"clerk_certified_name" text,
	"host_certified_by" uuid,
	"host_certified_name" text,
	"certified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"pledge_id" uuid,
	"source" text NOT NULL,
	"author_name" text,
	"content" text NOT NULL,
	"handling" text,
	"handling_note" text,
	"handled_by" text,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_overlap_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"a_pledge_id" uuid NOT NULL,
	"b_pledge_id" uuid NOT NULL,
	"a_version" integer NOT NULL,
	"b_version" integer NOT NULL,
	"reason" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"completion_standard" text NOT NULL,
	"due_date" date NOT NULL,
	"reason" text,
	"replaced_by" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_revisions_version" UNIQUE("pledge_id","version")
);
--> statement-breakpoint
CREATE TABLE "pledge_set_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"round" integer NOT NULL,
	"meeting_id" uuid,
	"poll_id" uuid,
	"note" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"poll_id" uuid,
	"minimum_override_reason" text,
	"township_comment" text,
	"soliciting_since" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_sets_participant" UNIQUE("participant_id")
);
--> statement-breakpoint
CREATE TABLE "pledge_vote_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"poll_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"pledge_version" integer NOT NULL,
	"reject_votes" integer NOT NULL,
	"denominator" text NOT NULL,
	"denominator_value" integer NOT NULL,
	"outcome" text NOT NULL,
	"rule" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_vote_rounds_round" UNIQUE("pledge_id","round")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"completion_standard" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_township_seq" ON "audit_log" USING btree ("township_id","seq");--> statement-breakpoint
CREATE INDEX "audit_entity" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_county" ON "users" USING btree ("county_id");--> statement-breakpoint
CREATE INDEX "participants_village" ON "participants" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "persons_village" ON "persons" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "positions_village" ON "positions" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "positions_person" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "positions_open" ON "positions" USING btree ("village_id","post") WHERE end_date is null;--> statement-breakpoint
CREATE INDEX "villages_county" ON "villages" USING btree ("county_id");--> statement-breakpoint
CREATE INDEX "meetings_village" ON "meetings" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "meetings_campaign" ON "meetings" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "paper_tally_history_poll" ON "paper_tally_history" USING btree ("poll_id","slot");--> statement-breakpoint
CREATE INDEX "poll_options_poll" ON "poll_options" USING btree ("poll_id");--> statement-breakpoint
CREATE INDEX "polls_meeting" ON "polls" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "pledge_opinions_set" ON "pledge_opinions" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "pledge_overlap_overrides_village" ON "pledge_overlap_overrides" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "pledge_set_events_set" ON "pledge_set_events" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "pledge_sets_campaign_village" ON "pledge_sets" USING btree ("campaign_id","village_id");--> statement-breakpoint
CREATE INDEX "pledge_vote_rounds_set" ON "pledge_vote_rounds" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "pledges_set" ON "pledges" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "pledges_campaign_village" ON "pledges" USING btree ("campaign_id","village_id");