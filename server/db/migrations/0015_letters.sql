CREATE TABLE "letter_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"due_on" date,
	"handler_unit" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"campaign_id" uuid,
	"box" text NOT NULL,
	"subject" text NOT NULL,
	"person_id" uuid,
	"publication_id" uuid,
	"anonymous" boolean NOT NULL,
	"writer_name" text,
	"writer_phone" text,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"code_hash" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"replied" boolean DEFAULT false NOT NULL,
	"handler_user_id" uuid,
	"handler_unit" text,
	"due_on" date,
	"answer" text,
	"answered_on" date,
	"reply_text" text,
	"replied_on" date,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_events_letter" ON "letter_events" USING btree ("letter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letters_code_hash" ON "letters" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "letters_township_status" ON "letters" USING btree ("township_id","status");--> statement-breakpoint
CREATE INDEX "letters_content_hash" ON "letters" USING btree ("township_id","content_hash");--> statement-breakpoint
CREATE INDEX "letters_campaign" ON "letters" USING btree ("campaign_id");