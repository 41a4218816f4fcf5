ALTER TABLE "ballot_codes" ADD COLUMN "batch" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "code_batches" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "codes_voided" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Codes generated before sheets were numbered count as one sheet (batch 1, the column's default).
UPDATE "polls" SET "code_batches" = jsonb_build_array(jsonb_build_object('size', "codes_issued", 'voided', null))
WHERE "codes_issued" > 0;
