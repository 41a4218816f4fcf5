ALTER TABLE "removal_cases" ADD COLUMN "recall_voter_signatures" integer;--> statement-breakpoint
ALTER TABLE "removal_cases" ADD COLUMN "recall_registered_voters" integer;--> statement-breakpoint
ALTER TABLE "removal_cases" ADD COLUMN "recall_representative_signatures" integer;--> statement-breakpoint
ALTER TABLE "removal_cases" ADD COLUMN "recall_representatives" integer;--> statement-breakpoint
ALTER TABLE "removal_cases" ADD COLUMN "recall_proposed_on" date;--> statement-breakpoint
ALTER TABLE "removal_cases" ADD COLUMN "recall_poll_id" uuid;