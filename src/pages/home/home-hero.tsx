import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';

export type HomeHeroProps = { downloads?: number; crates?: number };

export function HomeHero({ downloads, crates }: HomeHeroProps) {
  return (
    <section
      aria-labelledby="hero-title"
      className="rounded-xl bg-surface p-6 shadow-sm ring-1 ring-line sm:p-8"
    >
      <h1 id="hero-title" className="text-2xl font-bold sm:text-3xl">
        The Rust community’s crate registry
      </h1>
      <div className="mt-4 flex flex-wrap gap-3">
        <a
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink"
          href="https://doc.rust-lang.org/cargo/getting-started/installation.html"
        >
          Install Cargo
        </a>
        <a
          className="rounded-md border border-line px-4 py-2 font-medium"
          href="https://doc.rust-lang.org/cargo/guide/"
        >
          Getting Started
        </a>
      </div>
      <dl className="mt-6 grid gap-4 sm:max-w-lg sm:grid-cols-2">
        <Stat label="Downloads" value={downloads} />
        <Stat label="Crates in stock" value={crates} />
      </dl>
    </section>
  );
}

function Stat({ label, value }: { label: string; value?: number }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">
        {value === undefined ? <Skeleton className="mt-1 h-7 w-32" /> : formatNumber(value)}
      </dd>
    </div>
  );
}
