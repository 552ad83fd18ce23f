CREATE TABLE `inventory` (
	`sku` text PRIMARY KEY NOT NULL,
	`content_stock` integer NOT NULL,
	`on_hand` integer NOT NULL,
	`sold` integer DEFAULT 0 NOT NULL,
	`reserved` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inventory_non_negative" CHECK("inventory"."sold" >= 0 AND "inventory"."reserved" >= 0),
	CONSTRAINT "inventory_available_non_negative" CHECK("inventory"."on_hand" - "inventory"."sold" - "inventory"."reserved" >= 0)
);
--> statement-breakpoint
CREATE TABLE `order_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`at` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor` text NOT NULL,
	`note` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`village` text NOT NULL,
	`unit_price_vnd` integer NOT NULL,
	`quantity` integer NOT NULL,
	`reserves_stock` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "order_lines_positive" CHECK("order_lines"."quantity" > 0 AND "order_lines"."unit_price_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`status` text NOT NULL,
	`method` text NOT NULL,
	`locale` text NOT NULL,
	`subtotal_vnd` integer NOT NULL,
	`shipping_vnd` integer NOT NULL,
	`total_vnd` integer NOT NULL,
	`shipping_option` text,
	`customer_name` text,
	`customer_phone` text,
	`customer_email` text,
	`address_line` text,
	`address_commune` text,
	`address_province` text,
	`address_country` text,
	`customer_note` text,
	`stripe_session_id` text,
	`stripe_payment_intent_id` text,
	`access_token_hash` text,
	`reserved_until` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "orders_status" CHECK("orders"."status" IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'expired')),
	CONSTRAINT "orders_method" CHECK("orders"."method" IN ('card', 'bank_transfer', 'cod')),
	CONSTRAINT "orders_money" CHECK("orders"."subtotal_vnd" >= 0 AND "orders"."shipping_vnd" >= 0 AND "orders"."total_vnd" = "orders"."subtotal_vnd" + "orders"."shipping_vnd")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_reference_unique` ON `orders` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_stripe_session_id_unique` ON `orders` (`stripe_session_id`);--> statement-breakpoint
CREATE TABLE `stripe_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`session_id` text,
	`received_at` integer NOT NULL
);
