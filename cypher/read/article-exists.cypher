// Whether an article is already stored. Parameters: id
RETURN EXISTS { (:Article {id: $id}) } AS exists
