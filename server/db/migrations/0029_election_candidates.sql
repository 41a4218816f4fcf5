CREATE TABLE "candidate_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"completion_standard" text NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"election_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"post" text NOT NULL,
	"speech" text NOT NULL,
	"speech_date" date NOT NULL,
	"elected" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_candidates_person_post" UNIQUE("election_id","person_id","post")
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"election_date" date NOT NULL,
	"posts" text[] NOT NULL,
	"created_by" text NOT NULL,
	"results_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "elections_campaign_village" UNIQUE("campaign_id","village_id")
);
--> statement-breakpoint
CREATE INDEX "candidate_pledges_candidate" ON "candidate_pledges" USING btree ("candidate_id","position");--> statement-breakpoint
CREATE INDEX "election_candidates_election" ON "election_candidates" USING btree ("election_id");--> statement-breakpoint
CREATE INDEX "elections_township" ON "elections" USING btree ("township_id");