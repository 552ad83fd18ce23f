CREATE TABLE `scans` (
	`sku` text NOT NULL,
	`day` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`sku`, `day`),
	CONSTRAINT "scans_count_non_negative" CHECK("scans"."count" >= 0)
);
