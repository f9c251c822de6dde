CREATE TABLE news_items (
  item_id     VARCHAR(100)  NOT NULL,   -- the same for every language of an item
  language    VARCHAR(35)   NOT NULL,   -- BCP 47: fr, ar-MA, en
  published   DATE          NOT NULL,   -- or TIMESTAMP WITH TIME ZONE, for a time
  title       VARCHAR(500)  NOT NULL,   -- one line
  summary     TEXT,                     -- paragraphs separated by blank lines
  dateline    VARCHAR(200),             -- such as: Rabat, 16-19 mai 2016
  link        VARCHAR(2000),            -- http or https
  is_original BOOLEAN       NOT NULL DEFAULT FALSE,  -- true on the language it was written in
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (item_id, language)
)
