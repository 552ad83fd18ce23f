import { normalizeVietnamesePhone } from '@/lib/phone';

export interface PhoneLinks {
  /** "0912 345 678": easier to read back to the buyer than ten digits in a row. */
  display: string;
  tel: string;
  zalo?: string;
}

/**
 * Tap-to-call and Zalo links for a buyer's phone. Zalo finds an account by its Vietnamese number,
 * so only a number that is one gets a Zalo link; any other still gets a call link of its digits.
 */
export function phoneLinks(phone: string | null | undefined): PhoneLinks | undefined {
  if (!phone) return undefined;
  const national = normalizeVietnamesePhone(phone);
  if (!national) {
    const digits = phone.replace(/[^\d+]/g, '');
    return digits ? { display: phone, tel: `tel:${digits}` } : undefined;
  }
  return {
    display: `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`,
    tel: `tel:+84${national.slice(1)}`,
    zalo: `https://zalo.me/${national}`,
  };
}
