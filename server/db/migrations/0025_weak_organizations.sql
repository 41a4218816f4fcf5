CREATE TABLE "weak_organization_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"on" date NOT NULL,
	"content" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weak_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"measures" text NOT NULL,
	"leader_user_id" uuid,
	"leader_name" text NOT NULL,
	"listed_on" date NOT NULL,
	"listed_by" text NOT NULL,
	"closed_on" date,
	"closing_summary" text,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weak_organizations_year_village" UNIQUE("campaign_id","village_id")
);
--> statement-breakpoint
CREATE INDEX "weak_organization_follow_ups_organization" ON "weak_organization_follow_ups" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "weak_organizations_township" ON "weak_organizations" USING btree ("township_id","year");