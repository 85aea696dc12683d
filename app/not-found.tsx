import { NotFoundMessage } from '@/components/ui/not-found-message';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <NotFoundMessage
      title="Page not found"
      body="There is no page at this address. It may have been mistyped, or the case may have moved."
    />
  );
}
