CREATE TABLE `locks` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`village` text NOT NULL,
	`status` text NOT NULL,
	`hold_until` integer,
	`carrier` text,
	`tracking_number` text,
	`refunded_vnd` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "shipments_status" CHECK("shipments"."status" IN ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')),
	CONSTRAINT "shipments_refund" CHECK("shipments"."refunded_vnd" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_order_village` ON `shipments` (`order_id`,`village`);--> statement-breakpoint
CREATE INDEX `shipments_hold` ON `shipments` (`status`,`hold_until`);--> statement-breakpoint
ALTER TABLE `order_events` ADD `village` text;
--> statement-breakpoint
-- Orders placed before shipments existed: one part per village, in the state the order was in.
INSERT INTO `shipments` (`order_id`, `village`, `status`, `hold_until`, `carrier`, `tracking_number`, `updated_at`)
SELECT DISTINCT o.`id`, l.`village`,
	CASE o.`status`
		WHEN 'paid' THEN 'confirmed'
		WHEN 'shipped' THEN 'shipped'
		WHEN 'delivered' THEN 'delivered'
		WHEN 'cancelled' THEN 'cancelled'
		WHEN 'expired' THEN 'cancelled'
		ELSE 'pending'
	END,
	CASE WHEN o.`status` <> 'pending' THEN NULL
		WHEN o.`method` = 'cod' THEN o.`created_at` + 86400000
		ELSE o.`reserved_until` END,
	o.`shipping_carrier`, o.`tracking_number`, o.`updated_at`
FROM `orders` o JOIN `order_lines` l ON l.`order_id` = o.`id`;
