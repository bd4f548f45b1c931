import { useNavigation } from 'react-router';

/**
 * A thin bar at the top while a navigation loads its data, or while the first
 * page of a visit does (`pending`: the router is not navigating then).
 */
export function PendingBar({ pending = false }: { pending?: boolean }) {
  const navigation = useNavigation();
  if (!pending && navigation.state === 'idle') return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      className="fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-accent/20"
    >
      <div className="h-full w-1/3 animate-[pending_1.2s_ease-in-out_infinite] bg-accent" />
    </div>
  );
}
