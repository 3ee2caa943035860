// Shown while the list loads (first visit, a filter, a sort, another page): the page's shape,
// so the click visibly did something. Lives in the (list) route group so it wraps the list only,
// never the customer pages below /customers.
import { Skeleton, SkeletonBar, SkeletonTable } from "@/components/ui/skeleton";

export default function CustomersLoading() {
  return (
    <Skeleton label="Loading customers">
      <SkeletonBar className="h-8 w-48" />
      <SkeletonBar className="h-10 w-full" />
      <SkeletonTable rows={5} columns={6} />
    </Skeleton>
  );
}
