CREATE TABLE "file_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"file_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"campaign_id" uuid,
	"pledge_id" uuid,
	"year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_blobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"byte_size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "file_blobs_variant" UNIQUE("file_id","variant")
);
--> statement-breakpoint
CREATE TABLE "file_reuse_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"attachment_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"earlier_attachment_id" uuid NOT NULL,
	"earlier_file_id" uuid NOT NULL,
	"match" text NOT NULL,
	"distance" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_reuse_flags_pair" UNIQUE("attachment_id","earlier_attachment_id")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid,
	"kind" text NOT NULL,
	"purpose" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"byte_size" integer NOT NULL,
	"source_sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"width" integer,
	"height" integer,
	"perceptual_hash" text,
	"stored_by" uuid,
	"stored_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"percent" integer NOT NULL,
	"report_date" date NOT NULL,
	"note" text NOT NULL,
	"internal_note" text,
	"source" text NOT NULL,
	"reporter_role" text NOT NULL,
	"reported_by" uuid,
	"reported_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "file_attachments_subject" ON "file_attachments" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "file_attachments_file" ON "file_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "file_attachments_campaign" ON "file_attachments" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "file_blobs_sha" ON "file_blobs" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "file_reuse_flags_township" ON "file_reuse_flags" USING btree ("township_id");--> statement-breakpoint
CREATE INDEX "files_county" ON "files" USING btree ("county_id");--> statement-breakpoint
CREATE INDEX "files_source_sha" ON "files" USING btree ("county_id","source_sha256");--> statement-breakpoint
CREATE INDEX "progress_reports_pledge" ON "progress_reports" USING btree ("pledge_id","report_date");--> statement-breakpoint
CREATE INDEX "progress_reports_campaign_village" ON "progress_reports" USING btree ("campaign_id","village_id");