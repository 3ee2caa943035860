import { LoadingStatus, SkeletonBlock, SkeletonRows } from "@/components/layout/skeleton";

// A customer's tab while it loads: the header and the tabs above it stay in place.
export default function CustomerTabLoading() {
  return (
    <div className="space-y-4" data-testid="loading-skeleton">
      <LoadingStatus />
      <SkeletonBlock className="h-6 w-40" />
      <SkeletonRows rows={6} />
    </div>
  );
}
