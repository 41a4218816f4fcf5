ALTER TABLE "persons" DROP CONSTRAINT "persons_village_name";--> statement-breakpoint
DROP INDEX "persons_village";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "id_card_hash" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "id_card_masked" text;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_county_id_card" ON "persons" USING btree ("county_id","id_card_hash") WHERE id_card_hash is not null;--> statement-breakpoint
CREATE INDEX "persons_village" ON "persons" USING btree ("village_id","name");