-- CreateTable
CREATE TABLE "DataVersion" (
    "key" TEXT COLLATE "C" NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("key")
);

