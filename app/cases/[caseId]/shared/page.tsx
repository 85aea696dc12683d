import CasePage, { generateMetadata as caseMetadata } from '../page';

type Props = {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The explorer for an address that carries a stance (`/cases/<id>?w=…`): next.config.js
 * rewrites such addresses here, the one dynamic path, so the server renders the link's own
 * ranking and the first paint shows it. Addresses without a stance stay on the static page.
 */
export default function SharedCasePage({ params, searchParams }: Props) {
  return <CasePage params={params} linkSearch={searchParams} />;
}

export const generateMetadata = caseMetadata;
