-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "baseNumber" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "plainText" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "editSeconds" INTEGER,
    "restoredFrom" INTEGER,
    "wordsChanged" INTEGER NOT NULL DEFAULT 0,
    "mtWords" INTEGER NOT NULL DEFAULT 0,
    "mtEditDistance" INTEGER NOT NULL DEFAULT 0,
    "mtInsertions" INTEGER NOT NULL DEFAULT 0,
    "mtDeletions" INTEGER NOT NULL DEFAULT 0,
    "mtSubstitutions" INTEGER NOT NULL DEFAULT 0,
    "mtEditRate" REAL NOT NULL DEFAULT 0,
    CONSTRAINT "revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_revision" ("articleId", "authorId", "baseNumber", "content", "createdAt", "editSeconds", "id", "message", "number", "plainText", "restoredFrom", "schemaVersion", "title", "wordCount") SELECT "articleId", "authorId", "baseNumber", "content", "createdAt", "editSeconds", "id", "message", "number", "plainText", "restoredFrom", "schemaVersion", "title", "wordCount" FROM "revision";
DROP TABLE "revision";
ALTER TABLE "new_revision" RENAME TO "revision";
CREATE INDEX "revision_authorId_createdAt_idx" ON "revision"("authorId", "createdAt");
CREATE UNIQUE INDEX "revision_articleId_number_key" ON "revision"("articleId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
