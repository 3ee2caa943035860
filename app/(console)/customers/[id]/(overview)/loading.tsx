// Shown below the customer's header and tabs while the overview loads. It lives in the
// (overview) route group: a loading.tsx directly in [id]/ would also replace every tab's page.
import { Skeleton, SkeletonCard } from "@/components/ui/skeleton";

export default function CustomerOverviewLoading() {
  return (
    <Skeleton label="Loading the customer's overview">
      <SkeletonCard lines={2} />
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => <SkeletonCard key={i} />)}
      </div>
      <SkeletonCard lines={6} />
    </Skeleton>
  );
}
