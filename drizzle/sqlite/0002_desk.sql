CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`village` text,
	`password_hash` text,
	`setup_token_hash` text,
	`setup_expires_at` integer,
	`created_at` integer NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	CONSTRAINT "staff_role" CHECK("staff"."role" IN ('admin', 'village')),
	CONSTRAINT "staff_village" CHECK(("staff"."role" = 'village') = ("staff"."village" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_unique` ON `staff` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_setup_token_hash_unique` ON `staff` (`setup_token_hash`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_staff` ON `staff_sessions` (`staff_id`);--> statement-breakpoint
ALTER TABLE `orders` ADD `shipping_carrier` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `tracking_number` text;