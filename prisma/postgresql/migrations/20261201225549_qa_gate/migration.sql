-- AlterTable
ALTER TABLE "article" ADD COLUMN     "submissionQaOpenErrors" INTEGER,
ADD COLUMN     "submissionQaOverride" TEXT;

-- AlterTable
ALTER TABLE "review" ADD COLUMN     "qaOpenErrors" INTEGER,
ADD COLUMN     "qaOverride" TEXT;

-- AlterTable
ALTER TABLE "revision" ADD COLUMN     "qaDismissed" INTEGER,
ADD COLUMN     "qaErrors" INTEGER,
ADD COLUMN     "qaWarnings" INTEGER;

-- CreateTable
CREATE TABLE "qa_dismissal" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "spanText" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "qa_dismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "qa_dismissal_articleId_idx" ON "qa_dismissal"("articleId");

-- AddForeignKey
ALTER TABLE "qa_dismissal" ADD CONSTRAINT "qa_dismissal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_dismissal" ADD CONSTRAINT "qa_dismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
