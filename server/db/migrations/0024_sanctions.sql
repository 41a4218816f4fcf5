CREATE TABLE "admonishment_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"reason_text" text NOT NULL,
	"due_on" date NOT NULL,
	"talked_by" text,
	"talked_on" date,
	"content" text,
	"undertaking" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admonishment_tasks_participant" UNIQUE("campaign_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "removal_case_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"step" text NOT NULL,
	"on" date NOT NULL,
	"content" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "removal_case_steps_step" UNIQUE("case_id","step")
);
--> statement-breakpoint
CREATE TABLE "removal_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"first_year" integer NOT NULL,
	"second_year" integer NOT NULL,
	"measures" jsonb NOT NULL,
	"office_ends_by_law" boolean NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "removal_cases_person_years" UNIQUE("person_id","first_year","second_year")
);
--> statement-breakpoint
CREATE INDEX "removal_cases_campaign" ON "removal_cases" USING btree ("campaign_id");