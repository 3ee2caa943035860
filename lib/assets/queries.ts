// Reads of assets: the two tabs of a customer (assets standing at its locations, assets it owns)
// and one asset reached through a customer's URL.
import { AppError } from "../app-error";
import { getDb } from "../db/client";
import type { Prisma } from "../../generated/prisma/client";
import { ASSET_PAGE_SIZE } from "./schema";

export type AssetRow = {
  id: number;
  serial: string;
  model: string;
  type: string;
  status: string;
  owner: { id: number; name: string; archived: boolean };
  location: { id: number; name: string; archived: boolean; customer: { id: number; name: string } } | null;
};

const assetSelect = {
  id: true,
  serial: true,
  model: true,
  type: true,
  status: true,
  owner: { select: { id: true, name: true, archivedAt: true } },
  location: { select: { id: true, name: true, archivedAt: true, customer: { select: { id: true, name: true } } } },
} as const;

type SelectedAsset = Prisma.AssetGetPayload<{ select: typeof assetSelect }>;

function toRow(asset: SelectedAsset): AssetRow {
  const { owner, location } = asset;
  return {
    id: asset.id,
    serial: asset.serial,
    model: asset.model,
    type: asset.type,
    status: asset.status,
    owner: { id: owner.id, name: owner.name, archived: owner.archivedAt !== null },
    location: location && { id: location.id, name: location.name, archived: location.archivedAt !== null, customer: location.customer },
  };
}

export type AssetPage = { rows: AssetRow[]; total: number; page: number; pageSize: number };

async function listAssets(where: Prisma.AssetWhereInput, page: number): Promise<AssetPage> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.asset.findMany({ where, select: assetSelect, orderBy: [{ serial: "asc" }], skip: (page - 1) * ASSET_PAGE_SIZE, take: ASSET_PAGE_SIZE }),
    db.asset.count({ where }),
  ]);
  return { rows: rows.map(toRow), total, page, pageSize: ASSET_PAGE_SIZE };
}

/** Assets standing at this customer's locations, whoever owns them (seed 001: hardware as a
 * service puts another customer's asset at this customer's site). */
export function listAssetsAtCustomer(customerId: number, page: number): Promise<AssetPage> {
  return listAssets({ location: { customerId } }, page);
}

/** Assets this customer owns, wherever they stand (returned for repair: at someone else's site). */
export function listAssetsOwnedBy(customerId: number, page: number): Promise<AssetPage> {
  return listAssets({ ownerCustomerId: customerId }, page);
}

/** Where an asset "belongs" to a customer for its URLs: at one of its locations or owned by it. */
export function assetOfCustomer(customerId: number): Prisma.AssetWhereInput {
  return { OR: [{ ownerCustomerId: customerId }, { location: { customerId } }] };
}

/** One asset reached through /customers/[id]/...: another customer's asset is NOT_FOUND. */
export async function getCustomerAssetOrThrow(customerId: number, assetId: number): Promise<AssetRow> {
  const asset = await getDb().asset.findFirst({ where: { id: assetId, ...assetOfCustomer(customerId) }, select: assetSelect });
  if (!asset) throw new AppError("NOT_FOUND", `Customer ${customerId} has no asset ${assetId}`);
  return toRow(asset);
}
