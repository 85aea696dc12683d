import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function CaseNotFound() {
  return (
    <NotFoundMessage title="No such case" body="There is no case or option at this address." />
  );
}
