DROP TABLE "cast_audit_queue" CASCADE;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "paper_ballots" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- A poll that already has a paper entry handed out paper ballots.
UPDATE "polls" SET "paper_ballots" = true
WHERE EXISTS (SELECT 1 FROM "paper_tallies" t WHERE t."poll_id" = "polls"."id");--> statement-breakpoint
-- Ballots and codes of polls closed before this version lie in cast order: rewrite them in random
-- order, as every close now does (polls/poll-close.ts).
CREATE TEMP TABLE "vp_upgrade_ballots" AS
SELECT b."id", b."county_id", b."poll_id", b."tracker", b."choices" FROM "ballots" b
JOIN "polls" p ON p."id" = b."poll_id" WHERE p."status" IN ('closed', 'certified');--> statement-breakpoint
CREATE TEMP TABLE "vp_upgrade_codes" AS
SELECT c."code_hmac", c."county_id", c."poll_id", c."used", c."live" FROM "ballot_codes" c
JOIN "polls" p ON p."id" = c."poll_id" WHERE p."status" IN ('closed', 'certified');--> statement-breakpoint
DELETE FROM "ballots" WHERE "poll_id" IN (SELECT "poll_id" FROM "vp_upgrade_ballots");--> statement-breakpoint
DELETE FROM "ballot_codes" WHERE "poll_id" IN (SELECT "poll_id" FROM "vp_upgrade_codes");--> statement-breakpoint
INSERT INTO "ballots" ("id", "county_id", "poll_id", "tracker", "choices")
SELECT "id", "county_id", "poll_id", "tracker", "choices" FROM "vp_upgrade_ballots" ORDER BY gen_random_uuid();--> statement-breakpoint
INSERT INTO "ballot_codes" ("code_hmac", "county_id", "poll_id", "used", "live")
SELECT "code_hmac", "county_id", "poll_id", "used", "live" FROM "vp_upgrade_codes" ORDER BY gen_random_uuid();--> statement-breakpoint
DROP TABLE "vp_upgrade_ballots";--> statement-breakpoint
DROP TABLE "vp_upgrade_codes";
