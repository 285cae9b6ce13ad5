-- CreateTable
CREATE TABLE "review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "review_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "review_category" (
    "reviewId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    PRIMARY KEY ("reviewId", "category"),
    CONSTRAINT "review_category_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "comment_thread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "anchorRevision" INTEGER NOT NULL,
    "anchorBlock" INTEGER NOT NULL,
    "anchorStart" INTEGER NOT NULL,
    "anchorEnd" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    CONSTRAINT "comment_thread_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_thread_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "comment_thread_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "comment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "comment_thread" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "published_version" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "markdown" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    CONSTRAINT "published_version_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "published_version_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "publication" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL,
    "retractedAt" DATETIME,
    "rowVersion" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "publication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "webhook_endpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_endpoint_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "webhook_event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fannedOutAt" DATETIME
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "webhook_event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "webhook_delivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "webhook_attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "attemptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    CONSTRAINT "webhook_attempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "webhook_delivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceBody" TEXT NOT NULL,
    "sourceFormat" TEXT NOT NULL,
    "sourceDoc" TEXT NOT NULL,
    "mtTitle" TEXT NOT NULL,
    "mtBody" TEXT NOT NULL,
    "mtFormat" TEXT NOT NULL,
    "mtDoc" TEXT NOT NULL,
    "outlet" TEXT,
    "author" TEXT,
    "originalUrl" TEXT,
    "originalPublishedAt" DATETIME,
    "targetTitle" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "headRevisionNumber" INTEGER NOT NULL DEFAULT 0,
    "submittedRevisionNumber" INTEGER,
    "submittedById" TEXT,
    "submittedAt" DATETIME,
    "submissionNote" TEXT,
    "assignedReviewerId" TEXT,
    "approvedRevisionNumber" INTEGER,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "publishedRevisionNumber" INTEGER,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "article_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "article_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "article_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_article" ("author", "createdAt", "createdById", "headRevisionNumber", "id", "mtBody", "mtDoc", "mtFormat", "mtTitle", "originalPublishedAt", "originalUrl", "outlet", "sourceBody", "sourceDoc", "sourceFormat", "sourceLang", "sourceTitle", "status", "targetLang", "targetTitle", "updatedAt", "version") SELECT "author", "createdAt", "createdById", "headRevisionNumber", "id", "mtBody", "mtDoc", "mtFormat", "mtTitle", "originalPublishedAt", "originalUrl", "outlet", "sourceBody", "sourceDoc", "sourceFormat", "sourceLang", "sourceTitle", "status", "targetLang", "targetTitle", "updatedAt", "version" FROM "article";
DROP TABLE "article";
ALTER TABLE "new_article" RENAME TO "article";
CREATE INDEX "article_updatedAt_idx" ON "article"("updatedAt");
CREATE INDEX "article_status_updatedAt_idx" ON "article"("status", "updatedAt");
CREATE INDEX "article_status_submittedAt_idx" ON "article"("status", "submittedAt");
CREATE INDEX "article_assignedReviewerId_status_idx" ON "article"("assignedReviewerId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "review_articleId_createdAt_idx" ON "review"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "review_decision_createdAt_idx" ON "review"("decision", "createdAt");

-- CreateIndex
CREATE INDEX "review_category_category_idx" ON "review_category"("category");

-- CreateIndex
CREATE INDEX "review_category_articleId_category_idx" ON "review_category"("articleId", "category");

-- CreateIndex
CREATE INDEX "comment_thread_articleId_status_idx" ON "comment_thread"("articleId", "status");

-- CreateIndex
CREATE INDEX "comment_threadId_createdAt_idx" ON "comment"("threadId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "published_version_articleId_version_key" ON "published_version"("articleId", "version");

-- CreateIndex
CREATE INDEX "publication_changedAt_articleId_idx" ON "publication"("changedAt", "articleId");

-- CreateIndex
CREATE INDEX "publication_targetLang_state_changedAt_idx" ON "publication"("targetLang", "state", "changedAt");

-- CreateIndex
CREATE INDEX "webhook_event_fannedOutAt_createdAt_idx" ON "webhook_event"("fannedOutAt", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_nextAttemptAt_idx" ON "webhook_delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_eventId_endpointId_key" ON "webhook_delivery"("eventId", "endpointId");

-- CreateIndex
CREATE INDEX "webhook_attempt_deliveryId_attemptedAt_idx" ON "webhook_attempt"("deliveryId", "attemptedAt");
