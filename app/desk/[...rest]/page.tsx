import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/desk/auth';

// Unknown /desk paths get the desk's own 404 (in the desk's language), after the same session check.
export default async function DeskUnknownPage() {
  await requireStaff();
  notFound();
}
