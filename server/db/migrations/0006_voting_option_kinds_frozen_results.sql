ALTER TABLE "meetings" ADD COLUMN "host_user_id" uuid;--> statement-breakpoint
ALTER TABLE "paper_tallies" ADD COLUMN "blanks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "paper_tally_history" ADD COLUMN "blanks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "poll_options" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "poll_options" ADD COLUMN "score" double precision;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "result" jsonb;--> statement-breakpoint
-- Options of existing polls get their kind from their label: the one place a label is ever read.
-- An unknown label keeps what it meant before (not a reject label): a valid one approves, an
-- invalid one abstains.
UPDATE "poll_options" SET "kind" = CASE btrim("label")
  WHEN '满意' THEN 'satisfied'
  WHEN '基本满意' THEN 'basically_satisfied'
  WHEN '不满意' THEN 'unsatisfied'
  WHEN '不了解' THEN 'dont_know'
  WHEN '弃权' THEN 'abstain'
  WHEN '同意' THEN 'approve'
  WHEN '赞成' THEN 'approve'
  WHEN '不同意' THEN 'reject'
  WHEN '反对' THEN 'reject'
  ELSE CASE WHEN "counts_as_valid" THEN 'approve' ELSE 'abstain' END
END;--> statement-breakpoint
ALTER TABLE "poll_options" ALTER COLUMN "kind" SET NOT NULL;--> statement-breakpoint
-- Scores of existing democratic evaluations: the campaign's configured scores as they are now
-- (default 100 / 75 / 55), so the poll keeps them whatever the config becomes.
UPDATE "poll_options" AS o SET "score" = CASE o."kind"
  WHEN 'satisfied' THEN coalesce((c."config" -> 'evaluationScores' ->> 'satisfied')::double precision, 100)
  WHEN 'basically_satisfied' THEN coalesce((c."config" -> 'evaluationScores' ->> 'basicallySatisfied')::double precision, 75)
  WHEN 'unsatisfied' THEN coalesce((c."config" -> 'evaluationScores' ->> 'unsatisfied')::double precision, 55)
END
FROM "polls" AS p
  JOIN "meetings" AS m ON m."id" = p."meeting_id"
  LEFT JOIN "campaigns" AS c ON c."id" = m."campaign_id"
WHERE p."id" = o."poll_id" AND p."purpose" = 'democratic_evaluation'
  AND o."kind" IN ('satisfied', 'basically_satisfied', 'unsatisfied');
