'use client';

export interface CustomerLabels {
  name: string;
  phone: string;
  email: string;
  line: string;
  commune: string;
  province: string;
  note: string;
  optional: string;
}

const input = 'mt-1 w-full rounded border border-bamboo-600 bg-white px-2 py-1.5';

/** Who the village calls and ships to, for cash on delivery and bank transfer. */
export function CustomerFields({ labels }: { labels: CustomerLabels }) {
  const field = (
    name: string,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <label className="mb-2 block text-sm font-semibold">
      {label}
      <input name={name} className={input} required {...props} />
    </label>
  );
  return (
    <div>
      {field('name', labels.name, { autoComplete: 'name', maxLength: 100 })}
      {field('phone', labels.phone, {
        autoComplete: 'tel',
        inputMode: 'tel',
        type: 'tel',
        maxLength: 30,
      })}
      {field('email', `${labels.email} (${labels.optional})`, {
        autoComplete: 'email',
        type: 'email',
        required: false,
        maxLength: 200,
      })}
      {field('line', labels.line, { autoComplete: 'street-address', maxLength: 200 })}
      {field('commune', labels.commune, { autoComplete: 'address-level3', maxLength: 100 })}
      {field('province', labels.province, { autoComplete: 'address-level1', maxLength: 100 })}
      <label className="mb-2 block text-sm font-semibold">
        {`${labels.note} (${labels.optional})`}
        <textarea name="note" maxLength={500} rows={2} className={input} />
      </label>
    </div>
  );
}
