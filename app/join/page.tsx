import type { Metadata } from 'next';
import { JoinForm } from '@/components/class/join-form';

export const metadata: Metadata = {
  title: 'Join a class session',
  description: 'Join your class’s Counterweight session with the code on your teacher’s screen.',
};

/** Students type the join code shown on the teacher's screen. */
export default function JoinPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <h1 className="text-3xl font-bold">Join a class session</h1>
      <p>
        Type the code on your teacher&apos;s screen. You don&apos;t need an account, and your name
        is never asked for.
      </p>
      <JoinForm />
    </div>
  );
}
