import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';

export function Component() {
  const { name = '' } = useParams();
  const { data } = useSuspenseQuery(crateQueries.detail(name));
  const crate = data.crate;
  const version = crate.default_version ?? crate.max_version;
  return (
    <>
      <title>{`${crate.name} - crates.io: Rust Package Registry`}</title>
      <header>
        <h1 className="flex flex-wrap items-baseline gap-x-3 text-3xl font-bold">
          <span className="break-all">{crate.name}</span>
          <small className="text-xl font-normal text-muted">v{version}</small>
        </h1>
        {crate.description && <p className="mt-2 text-lg text-muted">{crate.description}</p>}
      </header>
    </>
  );
}
