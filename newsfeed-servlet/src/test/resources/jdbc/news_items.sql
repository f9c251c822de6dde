CREATE TABLE news_items (
  item_id     VARCHAR(100)  NOT NULL,
  language    VARCHAR(35)   NOT NULL,
  published   DATE          NOT NULL,
  title       VARCHAR(500)  NOT NULL,
  summary     TEXT,
  dateline    VARCHAR(200),
  link        VARCHAR(2000),
  is_original BOOLEAN       NOT NULL DEFAULT FALSE,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (item_id, language)
)
