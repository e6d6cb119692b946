//! Where each county and region of the Barents cooperation sits on the map's grid: the one
//! order of regions that the map draws and every table by region follows (west to east).

/// A region's tile: its id (the option value of the journeys), its country, and its place on
/// the grid (column west to east, row north to south).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
    pub region: &'static str,
    pub country: &'static str,
    pub col: u8,
    pub row: u8,
}

const fn tile(region: &'static str, country: &'static str, col: u8, row: u8) -> Tile {
    Tile { region, country, col, row }
}

/// The fourteen counties and regions of the Barents cooperation the journeys ask about, west
/// to east and north to south.
pub const TILES: [Tile; 14] = [
    tile("nordland", "norway", 0, 1),
    tile("troms", "norway", 1, 0),
    tile("finnmark", "norway", 2, 0),
    tile("vasterbotten", "sweden", 1, 2),
    tile("norrbotten", "sweden", 1, 1),
    tile("lapland", "finland", 2, 1),
    tile("north-ostrobothnia", "finland", 2, 2),
    tile("kainuu", "finland", 3, 2),
    tile("north-karelia", "finland", 3, 3),
    tile("murmansk", "russia", 3, 0),
    tile("karelia", "russia", 3, 1),
    tile("arkhangelsk", "russia", 4, 1),
    tile("nenets", "russia", 5, 0),
    tile("komi", "russia", 5, 1),
];
