import { Component, type ReactNode } from 'react';
import { ErrorState } from '@/components/ui/error-state';

export type ChartLoadBoundaryProps = { onRetry: () => void; children: ReactNode };

/** Catches a failed download of the chart code (or a crash inside recharts). */
export class ChartLoadBoundary extends Component<ChartLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="flex h-full items-center justify-center">
        <ErrorState
          title="Sorry, there was a problem loading the graphing code."
          onRetry={() => {
            this.props.onRetry();
            this.setState({ failed: false });
          }}
        />
      </div>
    );
  }
}
