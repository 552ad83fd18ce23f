import type { Locale } from '@/i18n/routing';
import { getVillage } from '@/lib/content';
import { webMapUrl } from '@/lib/geo';
import { shopSettings, type ShippingOption } from '@/lib/settings';
import type { Order } from './types';

/** Pick-up is the shipping option that delivers to no country (content/settings/shop.yml). */
export function isPickup(
  order: Pick<Order, 'shippingOption'>,
  options: ShippingOption[] = shopSettings().shipping,
): boolean {
  const option = options.find((o) => o.id === order.shippingOption);
  return option !== undefined && option.countries === undefined;
}

export interface PickupPoint {
  address: string;
  hours: string;
  /** The village file marks its address and hours as sample values. */
  sample: boolean;
  mapUrl: string;
}

/** Where and when the buyer collects one village's part, from that village's file. */
export function pickupPoint(village: string, locale: Locale): PickupPoint | undefined {
  const v = getVillage(village, locale);
  if (!v?.pickup) return undefined;
  return { ...v.pickup, mapUrl: webMapUrl(v.coordinates) };
}
