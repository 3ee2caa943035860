import { LoadingStatus, SkeletonBlock, SkeletonRows } from "@/components/layout/skeleton";

// The list and every page under /customers (a customer page, too, until its header loads).
export default function CustomersLoading() {
  return (
    <div className="space-y-4" data-testid="loading-skeleton">
      <LoadingStatus />
      <SkeletonBlock className="h-8 w-48" />
      <SkeletonBlock className="h-16 w-full" />
      <SkeletonRows rows={10} />
    </div>
  );
}
